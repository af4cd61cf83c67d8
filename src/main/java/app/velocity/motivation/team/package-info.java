/**
 * The relationship map and team views: which of an executive's relationships need attention and
 * why, and what a set of profiles says about a team (spread of types, drives nobody brings, pairs
 * likely to clash), showing by name only members who agreed. Plain Java, part of the open
 * motivation module.
 */
package app.velocity.motivation.team;
