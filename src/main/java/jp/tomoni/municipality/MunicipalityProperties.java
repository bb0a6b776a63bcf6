package jp.tomoni.municipality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The municipality this installation serves, from {@code tomoni.municipality.*}.
 */
@ConfigurationProperties("tomoni.municipality")
record MunicipalityProperties(@DefaultValue("141500") String code, @DefaultValue("相模原市") String name,
		@DefaultValue("サガミハラシ") String nameKana) {
}
