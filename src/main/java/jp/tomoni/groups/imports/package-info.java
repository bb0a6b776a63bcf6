/**
 * Reading group lists for import: encoding detection, CSV with a header found by its normalised text, and the
 * three formats (Tomoni's own, the 内閣府 NPO portal bulk CSV, the 東京都 NPO list) mapped to rows. No Spring, no
 * database: the groups module validates and applies the rows.
 */
@NullMarked
package jp.tomoni.groups.imports;

import org.jspecify.annotations.NullMarked;
