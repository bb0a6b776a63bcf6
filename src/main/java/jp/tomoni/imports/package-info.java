/**
 * Reading the lists municipalities publish, for every import (groups, events, places): the encoding found by its
 * byte-order mark or by strict decoding, CSV read by Commons CSV with the header row found among the first lines
 * by its normalised text, cells normalised like form input, and line problems that name the column. No Spring and
 * no database: each module validates and applies what its own formats read.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package jp.tomoni.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
