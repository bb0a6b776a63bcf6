package jp.tomoni.municipality;

/** A municipality as pages and other modules see it. */
public record MunicipalityView(String code, String name, String nameKana) {
}
