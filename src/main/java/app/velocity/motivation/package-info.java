/**
 * The motivational model: three drives, profiles in the triangle, the seven types, leaning, the
 * conflict sequence, inventory scoring and the psychometric checks of the inventory, the item bank,
 * strengths, report text and the triangle drawing, observer estimates ({@code estimates}) and the
 * relationship map and team views ({@code team}). Plain Java with no framework in it, so that every
 * rule is tested in milliseconds. An open module: every module may use all of it.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.velocity.motivation;
