/**
 * Session invitations as iCalendar objects (RFC 5545) sent by e-mail with iTIP methods (RFC 5546),
 * built with ical4j. Plain Java with no Spring; the coaching module stores the sequence number and
 * mails the text.
 */
package app.velocity.coaching.calendar;
