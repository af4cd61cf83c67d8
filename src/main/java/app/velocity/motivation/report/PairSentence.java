package app.velocity.motivation.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of the pair playbook, one template per fact they state, each a whole sentence with
 * named placeholders such as <code>{name}</code>. The constant names are meant to become message
 * keys, and the templates message-bundle entries; nothing outside a template adds words to a
 * sentence, only the values of its placeholders (numbers, drive and region names, and the phrases
 * of {@link PairPhrases} and {@link Words}).
 *
 * <p>Conventions for the placeholders: <code>{name}</code> is the colleague; <code>{probably}
 * </code> is "probably " when the colleague's profile is an estimate and empty otherwise, so that
 * claims about an estimated colleague are hedged; scores are formatted by {@link Words#pts}.
 */
enum PairSentence {

  // headings, one per section key

  HEADING_PAIR("What is specific to you and {name}"),
  HEADING_MISREADINGS("What you and {name} may misread in each other"),
  HEADING_HOW_THEY_SEE_YOU("How {name} may see you"),
  HEADING_APPROACH("How to approach {name}"),
  HEADING_MOTIVATE("What motivates {name}"),
  HEADING_RECOGNISE("How to recognise {name}"),
  HEADING_DELEGATE("How to delegate to {name}"),
  HEADING_CONFLICT("What sets off conflict between you"),
  HEADING_UNDER_PRESSURE("When you are both under pressure"),
  HEADING_WORDS_TO_USE("Words that work with {name}"),
  HEADING_WORDS_TO_AVOID("Words to avoid with {name}"),

  // what is specific to the pair

  ESTIMATE(
      "{name}'s profile ({theirScores}) is an estimate with a confidence of {confidence}, lower"
          + " than a self-reported result: treat what follows as ideas to test, and invite {name}"
          + " to take the inventory."),
  THEM_SINGLE(
      "{name} is {probably}firmly in the {region} region ({theirScores}, {distance} inside it):"
          + " {lead} at {leadScore} stands above the other two, so {concern} is where {name}'s"
          + " energy goes first."),
  THEM_BLEND(
      "{name} is {probably}firmly in the {region} region ({theirScores}, {distance} inside it):"
          + " {first} and {second} both stand above the centre, so {name} {meaning}."),
  THEM_FLEXIBLE(
      "{name} is {probably}in the Flexible region ({theirScores}, {distance} from the nearest other):"
          + " every score lies within {h} points of the centre, so no single drive steers {name},"
          + " who draws on whichever the moment asks for and values a group that holds together."),
  THEM_SINGLE_LEANING_BLEND(
      "{name} is {probably}in the {region} region ({theirScores}) but only {distance} from the"
          + " {toward} region, so read it as leaning: {lead} leads, and {joining} at"
          + " {joiningScore} is close to joining it."),
  THEM_SINGLE_LEANING_FLEXIBLE(
      "{name} is {probably}in the {region} region ({theirScores}) but only {distance} from the"
          + " Flexible region, so read it as leaning: {lead} leads at {leadScore}, but only just,"
          + " and {name} can move between the drives more than the label suggests."),
  THEM_BLEND_LEANING_SINGLE(
      "{name} is {probably}in the {region} region ({theirScores}) but only {distance} from the"
          + " {toward} region, so read it as leaning: {strong} carries more weight than {weak},"
          + " which at {weakScore} is only just above the centre."),
  THEM_BLEND_LEANING_FLEXIBLE(
      "{name} is {probably}in the {region} region ({theirScores}) but only {distance} from the"
          + " Flexible region, so read it as leaning: {first} and {second} lead, mildly, and"
          + " {third} at {thirdScore} is within reach too."),
  THEM_FLEXIBLE_LEANING_SINGLE(
      "{name} is {probably}in the Flexible region ({theirScores}) but only {distance} from the"
          + " {toward} region, so read it as leaning: all three drives are within reach, with a"
          + " pull toward {pull} that may show more often than the others."),
  THEM_FLEXIBLE_LEANING_BLEND(
      "{name} is {probably}in the Flexible region ({theirScores}) but only {distance} from the"
          + " {toward} region, so read it as leaning: all three drives are within reach, with"
          + " {first} and {second} a little ahead of {third}."),

  REL_SAME_REGION(
      "You are both in the {region} region, so what you would want for yourself is a fair first"
          + " guess for {name}; the blind spot you share is {blind} ({yourBlind} and"
          + " {theirBlind}), which neither of you brings much of."),
  REL_SINGLES_DIFFER(
      "{name}'s strongest drive is {theirLead} ({theirLeadScore}); yours is {yourLead}"
          + " ({yourLeadScore}), so the {yourLead}-first approach that feels natural to you is not"
          + " the one that lands with {name}."),
  REL_YOURS_IN_THEIR_BLEND(
      "{name} shares your {shared} ({theirShared} to your {yourShared}) and joins it with {added}"
          + " ({theirAdded} to your {yourAdded}): start on the common ground, and give {added} the"
          + " same weight or {name} will feel half heard."),
  REL_YOURS_OUTSIDE_THEIR_BLEND(
      "{name}'s two drives, {first} and {second}, both lie away from your {yourLead}: the opening"
          + " that feels obvious to you ({yourLead} {yourLeadScore}) meets {name}'s least used"
          + " drive ({theirOnYourLead})."),
  REL_THEIRS_IN_YOUR_BLEND(
      "{name} leads with {theirLead} ({theirLeadScore}), one of your two drives; your other,"
          + " {other} ({yourOther} to {name}'s {theirOther}), is the part of you {name} will share"
          + " least."),
  REL_THEIRS_OUTSIDE_YOUR_BLEND(
      "{name} leads with {theirLead} ({theirLeadScore}), the drive your {first} and {second} leave"
          + " least room for (you score {yourOnTheirLead}): expect friction where each of you"
          + " thinks you are simply being reasonable."),
  REL_BLENDS_SHARE_ONE(
      "You share {shared} ({yourShared} and {theirShared}); you join it with {yourOwn} where"
          + " {name} joins it with {theirOwn}, and that is where you will pull in different"
          + " directions."),
  REL_THEY_ARE_FLEXIBLE(
      "{name} has no steady lead for your {yourDrives} to match or clash with: to {name} it is one"
          + " of three things to weigh, so say why it matters this time."),
  REL_YOU_ARE_FLEXIBLE(
      "You draw on all three drives, while {name} keeps returning to {theirDrives}: you can meet"
          + " {name} there, but do not expect {name} to move between drives as readily as you do."),
  REL_BOTH_FLEXIBLE(
      "You both draw on all three drives, so you will adapt to each other easily, and may both"
          + " wait for the other to take a clear line."),

  YOU_LEANING_ADDS(
      "You yourself sit only {distance} from the {toward} region, so {name} may see more {pull}"
          + " in you than your {region} label suggests."),
  YOU_LEANING_NARROWS(
      "You yourself sit only {distance} from the {toward} region, so {name} may see your {strong}"
          + " more than your {weak}."),
  YOU_LEANING_FLEXIBLE(
      "You yourself sit only {distance} from the Flexible region, so {name} may see you move"
          + " between the drives more than your {region} label suggests."),

  WIDEST_MORE(
      "The widest gap between you is on {drive}: {name} scores {drive} {theirs} to your {yours},"
          + " {gap} points more, so it is the motive you are most likely to leave out when you"
          + " speak to {name}."),
  WIDEST_LESS(
      "The widest gap between you is on {drive}: {name} scores {drive} {theirs} to your {yours},"
          + " {gap} points less, so it is where you are most likely to expect more of {name} than"
          + " {name} brings."),
  WIDEST_ALIKE(
      "You and {name} are never more than {gap} points apart on any drive; the widest gap, on"
          + " {drive}, is {name}'s {theirs} to your {yours}."),

  // what each may misread in the other

  MISREAD_THEM_PEOPLE(
      "With People at {theirFirst} to your {yourFirst}, {name}'s time on how people feel may look"
          + " to you like a detour from the work; for {name} it is the work."),
  MISREAD_THEM_PERFORMANCE(
      "With Performance at {theirFirst} to your {yourFirst}, {name}'s push to decide and move on"
          + " may look to you like impatience; for {name} it is keeping faith with the goal."),
  MISREAD_THEM_PROCESS(
      "With Process at {theirFirst} to your {yourFirst}, {name}'s questions and wish for more time"
          + " may look to you like stalling; for {name} they are how a thing gets done right."),
  MISREAD_THEM_PEOPLE_PERFORMANCE(
      "With People at {theirFirst} and Performance at {theirSecond} (yours: {yourFirst} and"
          + " {yourSecond}), {name}'s urge to rally everyone behind a goal may look to you like"
          + " campaigning; for {name}, people and results are one cause."),
  MISREAD_THEM_PERFORMANCE_PROCESS(
      "With Performance at {theirFirst} and Process at {theirSecond} (yours: {yourFirst} and"
          + " {yourSecond}), {name}'s insistence on winning by a sound plan may look to you like"
          + " rigidity; for {name} a result counts only if it was reached properly."),
  MISREAD_THEM_PEOPLE_PROCESS(
      "With People at {theirFirst} and Process at {theirSecond} (yours: {yourFirst} and"
          + " {yourSecond}), {name}'s patient, careful help for others may look to you like"
          + " slowness; for {name} it is help that lasts."),
  MISREAD_THEM_FLEXIBLE(
      "With scores as even as {theirScores}, {name} may move from people to pace to detail as the"
          + " moment asks; you may take the side {name} shows on one day for the whole of {name},"
          + " or read the change as wavering."),
  MISREAD_THEM_SAME(
      "As you share the {region} region, you are unlikely to misread what {name} cares about; the"
          + " slips will come where your scores part, on {drive} ({theirs} to your {yours})."),
  MISREAD_LOW_PEOPLE_BY_SINGLE(
      "Where {name} brings less People than you ({theirs} to your {yours}), do not read a"
          + " skipped check-in as coldness; seen from {name}'s {theirLead}, your {drive} may look"
          + " {overdone} when you lean on it."),
  MISREAD_LOW_PEOPLE_BY_BLEND(
      "Where {name} brings less People than you ({theirs} to your {yours}), do not read a"
          + " skipped check-in as coldness; seen from {name}'s {first} and {second}, your {drive} may"
          + " look {overdone} when you lean on it."),
  MISREAD_LOW_PEOPLE_BY_FLEXIBLE(
      "Where {name} brings less People than you ({theirs} to your {yours}), do not read a"
          + " skipped check-in as coldness; to {name}, who moves between the drives, your {drive} may"
          + " look {overdone}, and a little fixed."),
  MISREAD_LOW_PERFORMANCE_BY_SINGLE(
      "Where {name} brings less Performance than you ({theirs} to your {yours}), do not read a"
          + " wish for more time as lack of drive; seen from {name}'s {theirLead}, your {drive} may"
          + " look {overdone} when you lean on it."),
  MISREAD_LOW_PERFORMANCE_BY_BLEND(
      "Where {name} brings less Performance than you ({theirs} to your {yours}), do not read a"
          + " wish for more time as lack of drive; seen from {name}'s {first} and {second}, your"
          + " {drive} may look {overdone} when you lean on it."),
  MISREAD_LOW_PERFORMANCE_BY_FLEXIBLE(
      "Where {name} brings less Performance than you ({theirs} to your {yours}), do not read a"
          + " wish for more time as lack of drive; to {name}, who moves between the drives, your"
          + " {drive} may look {overdone}, and a little one-note."),
  MISREAD_LOW_PROCESS_BY_SINGLE(
      "Where {name} brings less Process than you ({theirs} to your {yours}), do not read going"
          + " with less detail as carelessness; seen from {name}'s {theirLead}, your {drive} may look"
          + " {overdone} when you lean on it."),
  MISREAD_LOW_PROCESS_BY_BLEND(
      "Where {name} brings less Process than you ({theirs} to your {yours}), do not read going"
          + " with less detail as carelessness; seen from {name}'s {first} and {second}, your {drive}"
          + " may look {overdone} when you lean on it."),
  MISREAD_LOW_PROCESS_BY_FLEXIBLE(
      "Where {name} brings less Process than you ({theirs} to your {yours}), do not read going"
          + " with less detail as carelessness; to {name}, who moves between the drives, your {drive}"
          + " may look {overdone}, and a little one-note."),
  MISREAD_ALIKE(
      "You and {name} are within {gap} points on every drive, so misreadings will come less from"
          + " motives than from moods and workload; ask rather than assume."),

  // how to approach, motivate, recognise and delegate

  APPROACH_SINGLE("With {name}, {approach}, because {lead} comes first for {name} at {leadScore}."),
  APPROACH_BLEND(
      "With {name}, {approach}, because {first} ({firstScore}) and {second} ({secondScore}) both"
          + " need to hear their part."),
  APPROACH_FLEXIBLE(
      "With {name}, no one opening works every time: with scores as even as {theirScores}, notice"
          + " whether {name} arrives thinking of people, pace or detail, and answer that first."),

  MOTIVATE_SINGLE("With {lead} at {leadScore}, {name} is {probably}energised by {motivators}."),
  MOTIVATE_BLEND(
      "With {first} at {firstScore} and {second} at {secondScore}, {name} is {probably}energised"
          + " by work that joins the two: {motivators}."),
  MOTIVATE_FLEXIBLE(
      "With every score within {h} points of the centre, {name} is {probably}energised by variety:"
          + " work that moves between people, results and careful thinking, in a team that holds"
          + " together."),
  MOTIVATE_LEANING(
      "As {name} leans toward the {toward} region, {pull} may count for more than the {region}"
          + " label suggests."),
  MOTIVATE_SINGLE_LEVER(
      "With {lead} at {leadScore}, {name} is {probably}energised by {motivators}; at {yours} on"
          + " {lead} yourself, {gap} points below {name}, this is a lever you may forget to pull."),
  MOTIVATE_BLEND_LEVER(
      "With {first} at {firstScore} and {second} at {secondScore}, {name} is {probably}energised"
          + " by work that joins the two: {motivators}; at {yours} on {drive} yourself, {gap} points"
          + " below {name}, that half is a lever you may forget to pull."),
  MOTIVATE_FLEXIBLE_LEVER(
      "With every score within {h} points of the centre, {name} is {probably}energised by variety:"
          + " work that moves between people, results and careful thinking, in a team that holds"
          + " together; of the three, {drive} is the one you may forget, at {yours} to {name}'s"
          + " {theirs}."),
  DRAIN_SINGLE(
      "A role heavy in {drains} is likely to drain {name}, whose {low} ({lowScore}) is the"
          + " quieter of the two drives below {lead}; yours is {yourLow}."),
  DRAIN_SINGLE_SUITS_YOU(
      "A role heavy in {drains} is likely to drain {name}, whose {low} ({lowScore}) is the"
          + " quieter of the two drives below {lead}, though at {yourLow} it may suit you: do not hand"
          + " {name} the work you would enjoy."),
  DRAIN_BLEND(
      "A role heavy in {drains} is likely to drain {name}, whose {first} and {second} leave"
          + " {low} ({lowScore}) out; yours is {yourLow}."),
  DRAIN_BLEND_SUITS_YOU(
      "A role heavy in {drains} is likely to drain {name}, whose {first} and {second} leave"
          + " {low} ({lowScore}) out, though at {yourLow} it may suit you: do not hand {name} the work"
          + " you would enjoy."),
  DRAIN_FLEXIBLE(
      "A role that runs on one drive alone is likely to drain {name}, even on your own {yourTop}"
          + " ({yourTopScore} to {name}'s {theirOnYourTop}): keep the other two in play."),

  RECOGNISE_SINGLE(
      "Recognise {name} with {recognition}, which suits a {lead} score of {leadScore}."),
  RECOGNISE_BLEND(
      "Recognise {name} with {recognition}, which suits {first} at {firstScore} and {second} at"
          + " {secondScore}."),
  RECOGNISE_FLEXIBLE(
      "Recognise {name} for range: name the moment {name} switched between people, pace and care"
          + " as the situation needed, which suits scores as even as {theirScores}."),
  HABIT_MISSES(
      "Your own habit, with {yourTop} at {yourTopScore}, is to give {habit}; for {name}"
          + " ({yourTop} {theirOnYourTop}) that is not what counts most."),
  HABIT_ONE_OF_THREE(
      "Your own habit, with {yourTop} at {yourTopScore}, is to give {habit}: one of the three kinds"
          + " {name} answers to, so vary it."),
  HABIT_YOU_EVEN(
      "Your own scores are even ({yourScores}), so no habit of praise pulls you off course; aim it"
          + " at {name}'s {theirDrives} on purpose."),
  HABIT_BOTH_EVEN(
      "You both spread your scores evenly ({yourScores} and {theirScores}), so praise that names the"
          + " specific thing done will land better than any one style."),

  DELEGATE_SINGLE("Work that fits {name}'s {lead} score of {leadScore}: {work}."),
  DELEGATE_BLEND(
      "Work that fits {name}'s {first} and {second} ({firstScore} and {secondScore}): {work}."),
  DELEGATE_FLEXIBLE(
      "Work that fits {name}'s even spread ({theirScores}): bridging roles, mixed projects,"
          + " standing in where the team is thin, and work whose demands change as it goes."),
  STRUCTURE_LEADS(
      "Process leads for {name} at {process}: hand over clear scope, criteria for done and the"
          + " reasons behind the task, then leave {name} room to plan it."),
  STRUCTURE_HALF(
      "Process is half of {name}'s blend at {process}: agree clear criteria for done, then let"
          + " {name} plan how to meet them."),
  STRUCTURE_EVEN(
      "With Process at {process}, near the centre like each of {name}'s drives, agree the goal"
          + " and two or three checkpoints, and let {name} say if more would help."),
  STRUCTURE_BELOW(
      "With Process at {process}, below {name}'s {theirDrives}, agree the goal and two or three"
          + " checkpoints; more structure than that will feel heavy to {name}."),
  STRUCTURE_LOW(
      "With Process at only {process}, below {name}'s {theirDrives}, give {name} the goal and"
          + " the freedom, and add the few checks that really matter yourself."),
  PROFILES_CLOSE(
      "Your going-well profiles are only {distance} points apart: before handing {name} critical"
          + " work, check it fits the work and not just your comfort."),
  PROFILES_APART(
      "Your going-well profiles are {distance} points apart: different enough that {name} covers"
          + " some of what you do not, above all {drive} ({theirs} to your {yours}), so give {name}"
          + " the critical work that needs it."),
  PROFILES_FAR(
      "Your going-well profiles are {distance} points apart: {name} may feel hard to work with, so"
          + " check you are not holding back critical work that needs the {drive} {name} brings"
          + " ({theirs} to your {yours})."),

  // conflict, stage by stage

  SEQUENCES("Under conflict you go {yourSequence}; {name} {probably}goes {theirSequence}."),
  SEQUENCES_THEY_TIE(
      "Under conflict you go {yourSequence}; {name} {probably}goes {theirSequence}, with"
          + " {theirTied} within {tolerance} points, so {name} may open by {theirTiedMoves}: watch"
          + " which comes, and answer that one."),

  STAGE1_PEOPLE_PEOPLE(
      "You start by {yourMoves} and {name} by {theirMoves}: you may both give way and leave the"
          + " real issue unsaid; name it."),
  STAGE1_PEOPLE_PERFORMANCE(
      "You start by {yourMoves} and {name} by {theirMoves}: {name} may read your giving ground as"
          + " agreement; say what you need."),
  STAGE1_PEOPLE_PROCESS(
      "You start by {yourMoves} and {name} by {theirMoves}: {name} may read your warmth as pressure"
          + " to answer before {name} is ready."),
  STAGE1_PERFORMANCE_PEOPLE(
      "You start by {yourMoves} and {name} by {theirMoves}: {name} may give way early to your"
          + " push; check that the agreement is real."),
  STAGE1_PERFORMANCE_PERFORMANCE(
      "You start by {yourMoves} and {name} by {theirMoves}: you may both push and escalate fast;"
          + " agree a pause early."),
  STAGE1_PERFORMANCE_PROCESS(
      "You start by {yourMoves} and {name} by {theirMoves}: your push may drive {name} further into"
          + " analysis; give {name} the facts and time."),
  STAGE1_PROCESS_PEOPLE(
      "You start by {yourMoves} and {name} by {theirMoves}: your step back may feel like rejection"
          + " to {name}; say when you will return."),
  STAGE1_PROCESS_PERFORMANCE(
      "You start by {yourMoves} and {name} by {theirMoves}: your questions may feel like stalling"
          + " to {name}; agree a decision date."),
  STAGE1_PROCESS_PROCESS(
      "You start by {yourMoves} and {name} by {theirMoves}: you may both withdraw to think and let"
          + " it drift; set a date to talk."),

  STAGE2_PEOPLE_PEOPLE(
      "If it goes on to stage 2, you are {yourMoves} and {name} {theirMoves}: you may both give up"
          + " more than you should while the problem stays; one of you has to say what is really"
          + " wrong."),
  STAGE2_PEOPLE_PERFORMANCE(
      "If it goes on to stage 2, you are {yourMoves} and {name} {theirMoves}: the harder {name}"
          + " argues, the more you concede; decide beforehand what you will not give up."),
  STAGE2_PEOPLE_PROCESS(
      "If it goes on to stage 2, you are {yourMoves} and {name} {theirMoves}: you keep giving"
          + " ground while {name} holds back until the case is clear; give {name} the facts, and"
          + " stop conceding to fill the silence."),
  STAGE2_PERFORMANCE_PEOPLE(
      "If it goes on to stage 2, you are {yourMoves} and {name} {theirMoves}: your argument may win"
          + " points {name} concedes with resentment; ask what {name} has stopped saying."),
  STAGE2_PERFORMANCE_PERFORMANCE(
      "If it goes on to stage 2, you are {yourMoves} and {name} {theirMoves}: you may both argue to"
          + " win and forget the goal you share; stop and restate it."),
  STAGE2_PERFORMANCE_PROCESS(
      "If it goes on to stage 2, you are {yourMoves} and {name} {theirMoves}: you argue harder"
          + " while {name} holds back to judge the case on its merits; put your case in writing and"
          + " let {name} answer it."),
  STAGE2_PROCESS_PEOPLE(
      "If it goes on to stage 2, you are {yourMoves} and {name} {theirMoves}: you hold back to"
          + " judge the case while {name} gives up points to end the strain; check later whether"
          + " {name} really agreed."),
  STAGE2_PROCESS_PERFORMANCE(
      "If it goes on to stage 2, you are {yourMoves} and {name} {theirMoves}: {name} argues to win"
          + " while you hold back; say what you need before you decide, and by when."),
  STAGE2_PROCESS_PROCESS(
      "If it goes on to stage 2, you are {yourMoves} and {name} {theirMoves}: you may both hold"
          + " back until the issue goes cold; set a date to settle it."),

  TRIGGER_SINGLE_YOURS(
      "What most readily sets {name} off, given {lead} at {leadScore}: {trigger}; your"
          + " {yourTop} lead ({yourTopScore}) can look exactly like that to {name} when it is"
          + " overdone."),
  TRIGGER_SINGLE_SHARED(
      "What most readily sets {name} off, given {lead} at {leadScore}: {trigger}; as {yourTop}"
          + " matters to you too ({yourTopScore}), you will recognise the feeling."),
  TRIGGER_SINGLE_YOU_EVEN(
      "What most readily sets {name} off, given {lead} at {leadScore}: {trigger}; your even"
          + " spread ({yourScores}) rarely pushes against it, but {name} may read your flexibility as"
          + " having no position."),
  TRIGGER_BLEND_YOURS(
      "What most readily sets {name} off, given {first} at {firstScore} and {second} at"
          + " {secondScore}: {trigger}; your {yourTop} lead ({yourTopScore}) can look exactly like"
          + " that to {name} when it is overdone."),
  TRIGGER_BLEND_SHARED(
      "What most readily sets {name} off, given {first} at {firstScore} and {second} at"
          + " {secondScore}: {trigger}; as {yourTop} matters to you too ({yourTopScore}), you will"
          + " recognise the feeling."),
  TRIGGER_BLEND_YOU_EVEN(
      "What most readily sets {name} off, given {first} at {firstScore} and {second} at"
          + " {secondScore}: {trigger}; your even spread ({yourScores}) rarely pushes against it, but"
          + " {name} may read your flexibility as having no position."),
  TRIGGER_FLEXIBLE_YOURS(
      "What most readily sets {name} off, with scores as even as {theirScores}: being pinned to"
          + " one way of working, or a group split into camps; your {yourTop} lead ({yourTopScore})"
          + " can look exactly like that to {name} when it is overdone."),
  TRIGGER_FLEXIBLE_BOTH_EVEN(
      "What most readily sets {name} off, with scores as even as {theirScores}: being pinned to"
          + " one way of working, or a group split into camps; with your own scores as even"
          + " ({yourScores}), you will recognise the feeling, and may both avoid the side that would"
          + " settle it."),

  // under pressure

  ARROWS_SLIGHT_SLIGHT(
      "Your arrow is {yours} points and {name}'s {theirs}: you barely change under pressure and"
          + " {name} {probably}barely changes; neither of you shows strain, so a disagreement can"
          + " run for weeks unseen; ask each other directly how it is going."),
  ARROWS_SLIGHT_NOTICEABLE(
      "Your arrow is {yours} points and {name}'s {theirs}: you barely change under pressure and"
          + " {name} {probably}changes noticeably; {name} will show strain before you do, so treat"
          + " a change in {name} as your cue to slow down, and say out loud when you are strained"
          + " yourself."),
  ARROWS_SLIGHT_MARKED(
      "Your arrow is {yours} points and {name}'s {theirs}: you barely change under pressure and"
          + " {name} {probably}changes markedly; {name}'s change will be plain while yours is"
          + " hidden, so {name} may feel alone in the conflict; say what it costs you too."),
  ARROWS_NOTICEABLE_SLIGHT(
      "Your arrow is {yours} points and {name}'s {theirs}: you change noticeably under pressure"
          + " and {name} {probably}barely changes; you will show strain before {name} does, and"
          + " {name}'s may not show at all; ask directly rather than wait for signs."),
  ARROWS_NOTICEABLE_NOTICEABLE(
      "Your arrow is {yours} points and {name}'s {theirs}: you change noticeably under pressure"
          + " and {name} {probably}changes noticeably; you will both see the shift when it starts,"
          + " so agree now that either of you may name it and pause."),
  ARROWS_NOTICEABLE_MARKED(
      "Your arrow is {yours} points and {name}'s {theirs}: you change noticeably under pressure"
          + " and {name} {probably}changes markedly; {name} changes more than you, so a visible"
          + " change in {name} is your cue to slow down and ask what is at stake."),
  ARROWS_MARKED_SLIGHT(
      "Your arrow is {yours} points and {name}'s {theirs}: you change markedly under pressure"
          + " and {name} {probably}barely changes; your change will be plain while {name}'s is"
          + " hidden, so {name} may seem calm when it is not; ask directly rather than wait for signs."),
  ARROWS_MARKED_NOTICEABLE(
      "Your arrow is {yours} points and {name}'s {theirs}: you change markedly under pressure"
          + " and {name} {probably}changes noticeably; you change more than {name}, so {name} may"
          + " be surprised by how you react; warn {name} when the pressure builds."),
  ARROWS_MARKED_MARKED(
      "Your arrow is {yours} points and {name}'s {theirs}: you change markedly under pressure"
          + " and {name} {probably}changes markedly; a conflict between you can escalate"
          + " quickly; agree a pause before you need one."),
  STAGE3_PEOPLE_PEOPLE(
      "If it reaches the end, you turn to {yourDrives} ({yourLast}) while {name} turns to"
          + " {theirDrives} ({theirLast}): you may both give in and nobody gets what the work"
          + " needed; come back to it when calm."),
  STAGE3_PEOPLE_PERFORMANCE(
      "If it reaches the end, you turn to {yourDrives} ({yourLast}) while {name} turns to"
          + " {theirDrives} ({theirLast}): {name} may win while you give in, hurt; stop before that"
          + " point and bring in a third person."),
  STAGE3_PEOPLE_PROCESS(
      "If it reaches the end, you turn to {yourDrives} ({yourLast}) while {name} turns to"
          + " {theirDrives} ({theirLast}): you give in while {name} cuts off contact, so the giving"
          + " goes unnoticed; repair it once {name} is ready to talk."),
  STAGE3_PERFORMANCE_PEOPLE(
      "If it reaches the end, you turn to {yourDrives} ({yourLast}) while {name} turns to"
          + " {theirDrives} ({theirLast}): you may win while {name} gives in, hurt; that win costs"
          + " you later, so stop before it."),
  STAGE3_PERFORMANCE_PERFORMANCE(
      "If it reaches the end, you turn to {yourDrives} ({yourLast}) while {name} turns to"
          + " {theirDrives} ({theirLast}): you both fight to win, whatever it costs; call a halt"
          + " and bring in a third person."),
  STAGE3_PERFORMANCE_PROCESS(
      "If it reaches the end, you turn to {yourDrives} ({yourLast}) while {name} turns to"
          + " {theirDrives} ({theirLast}): you fight while {name} cuts off contact, leaving nobody"
          + " to argue with; stop, and repair it later."),
  STAGE3_PROCESS_PEOPLE(
      "If it reaches the end, you turn to {yourDrives} ({yourLast}) while {name} turns to"
          + " {theirDrives} ({theirLast}): you cut off contact while {name} gives in, and {name} may"
          + " feel abandoned; make the first move back."),
  STAGE3_PROCESS_PERFORMANCE(
      "If it reaches the end, you turn to {yourDrives} ({yourLast}) while {name} turns to"
          + " {theirDrives} ({theirLast}): {name} fights to win while you cut off contact; agree in"
          + " calm times how either of you can call a pause."),
  STAGE3_PROCESS_PROCESS(
      "If it reaches the end, you turn to {yourDrives} ({yourLast}) while {name} turns to"
          + " {theirDrives} ({theirLast}): you both cut off contact and the work stalls in"
          + " silence; one of you has to reach out first."),
  // how the colleague may see you

  VALUE(
      "Your {yourTop} at {yourTopScore} is close to {name}'s {theirOnYourTop}, so to {name} it"
          + " probably looks {best}."),
  LENS_SINGLE_LESS(
      "Through {name}'s {lead} lens ({leadScore}), your {yourOnLead} on {lead} may read as too"
          + " little of what {name} values most."),
  LENS_SINGLE_MORE(
      "Through {name}'s {lead} lens ({leadScore}), your {yourOnLead} on {lead} may read as more"
          + " than {name} would bring, and a little much."),
  LENS_SINGLE_FAMILIAR(
      "Through {name}'s {lead} lens ({leadScore}), your {yourOnLead} on {lead} reads as familiar"
          + " ground."),
  LENS_BLEND_LESS(
      "Through {name}'s {first} and {second} lens ({firstScore} and {secondScore}), your"
          + " {yourFirst} and {yourSecond} may read as too little of what {name} values most."),
  LENS_BLEND_MORE(
      "Through {name}'s {first} and {second} lens ({firstScore} and {secondScore}), your"
          + " {yourFirst} and {yourSecond} may read as more than {name} would bring, and a little"
          + " much."),
  LENS_BLEND_FAMILIAR(
      "Through {name}'s {first} and {second} lens ({firstScore} and {secondScore}), your"
          + " {yourFirst} and {yourSecond} read as familiar ground."),
  LENS_FLEXIBLE_FOCUSED(
      "{name} has no single lens: with scores as even as {theirScores}, {name} will notice most"
          + " whether you move between drives too, or keep to your {yourTop} ({yourTopScore})."),
  LENS_FLEXIBLE_EVEN(
      "{name} has no single lens, and with scores as even as {yourScores} neither have you: you"
          + " will feel familiar to each other, so say plainly where you stand when it matters."),
  ESTIMATE_BASIS("This rests on an estimate at {confidence}."),

  // words

  USE_SINGLE("With {name} ({lead} {leadScore}), reach for words such as {words}."),
  USE_SECOND(
      "As {second} comes second for {name} at {secondScore}, add {words} when you want support."),
  USE_BLEND(
      "With {name} ({first} {firstScore}, {second} {secondScore}), mix words such as {firstWords}"
          + " with {secondWords}."),
  USE_FLEXIBLE(
      "With {name} ({theirScores}), use words from all three drives, such as {words}, and match"
          + " the one {name} is using at the moment."),
  AVOID_SINGLE("Avoid {words}, which cut across {name}'s {lead} score of {leadScore}."),
  AVOID_BLEND(
      "Avoid both {firstWords}, which cut across {name}'s {first} ({firstScore}), and"
          + " {secondWords}, which cut across {second} ({secondScore})."),
  AVOID_FLEXIBLE(
      "Avoid absolutes that pin {name} to one way, such as {words}, which jar with scores as even"
          + " as {theirScores}."),
  FLAT_SINGLE(
      "Go easy on {words}: {low} at {lowScore} is the quieter of {name}'s two drives below {lead},"
          + " so they mean little to {name}."),
  FLAT_SINGLE_AGAINST(
      "Go easy on {words}: {low} at {lowScore} is the quieter of {name}'s two drives below {lead},"
          + " so against your {yourLow} they will mean less to {name} than to you."),
  FLAT_BLEND(
      "Go easy on {words}: {name}'s {first} and {second} leave {low} ({lowScore}) out, so they"
          + " mean little to {name}."),
  FLAT_BLEND_AGAINST(
      "Go easy on {words}: {name}'s {first} and {second} leave {low} ({lowScore}) out, so"
          + " against your {yourLow} they will mean less to {name} than to you."),
  FLAT_FLEXIBLE(
      "Go easy on your own {yourTop} words alone, such as {words}: with {yourTop} at"
          + " {theirOnYourTop} to your {yourTopScore}, {name} hears them as one note among three.");

  private final String template;
  private final String[] literals;
  private final String[] names;

  PairSentence(String template) {
    this.template = template;
    List<String> lits = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Matcher m = Placeholder.PATTERN.matcher(template);
    int at = 0;
    while (m.find()) {
      lits.add(template.substring(at, m.start()));
      keys.add(m.group(1));
      at = m.end();
    }
    lits.add(template.substring(at));
    this.literals = lits.toArray(String[]::new);
    this.names = keys.toArray(String[]::new);
  }

  /** The template as written, placeholders included. */
  String template() {
    return template;
  }

  /** The names of the placeholders, in order of first appearance. */
  Set<String> placeholders() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
  }

  /**
   * The sentence with every placeholder replaced.
   *
   * @param values alternating names and values; a name may be given that the template does not use
   * @throws IllegalArgumentException when a placeholder has no value, so that a sentence can never
   *     be shown with a hole in it
   */
  String fill(String... values) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    for (int i = 0; i < names.length; i++) {
      out.append(literals[i]).append(valueOf(names[i], values));
    }
    return out.append(literals[names.length]).toString();
  }

  private String valueOf(String name, String[] values) {
    for (int i = 0; i + 1 < values.length; i += 2) {
      if (values[i].equals(name)) {
        return values[i + 1];
      }
    }
    throw new IllegalArgumentException(name() + " needs a value for {" + name + "}");
  }

  // An enum's constructor cannot read the enum's own static fields, so the pattern lives here.
  private static final class Placeholder {
    static final Pattern PATTERN = Pattern.compile("\\{([a-zA-Z]+)}");
  }
}
