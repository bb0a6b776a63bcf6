/**
 * Shared kernel: value types every module uses (municipality codes, Japanese text normalisation) and the
 * personal-data contract, and the contract and page of the simple master-data lists ({@link jp.tomoni.shared.MasterList}).
 * Kept deliberately tiny.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package jp.tomoni.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
