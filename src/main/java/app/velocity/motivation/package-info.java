/**
 * The motivational model: three drives, profiles in the triangle, the seven types, leaning, the
 * conflict sequence, inventory scoring and the psychometric checks of the inventory. Plain Java
 * with no framework in it, so that every rule is tested in milliseconds.
 */
package app.velocity.motivation;
