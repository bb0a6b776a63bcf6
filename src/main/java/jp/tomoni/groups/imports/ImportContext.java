package jp.tomoni.groups.imports;

import java.util.Map;

import jp.tomoni.imports.HeaderText;

/**
 * What reading a file needs to know about the installation.
 *
 * @param municipalityCode 全国地方公共団体コード of the current municipality
 * @param municipalityName its name, e.g. 相模原市
 * @param kindCodesByName the kinds of group: code by Japanese name (normalised with {@link HeaderText}) and by code
 */
public record ImportContext(String municipalityCode, String municipalityName, Map<String, String> kindCodesByName) {
}
