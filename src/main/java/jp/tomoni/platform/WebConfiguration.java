package jp.tomoni.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Japanese by default, English by {@code ?lang=en} (remembered in a cookie); the clock in Japan's zone. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("tomoni-lang");
		resolver.setDefaultLocale(Locale.JAPANESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	@Bean
	Clock clock() {
		return Clock.system(JAPAN);
	}

	/**
	 * Static files under their own paths only. Spring Boot's default maps {@code /**} to the static locations, and
	 * then every link a page builds (each facet link of the directory) is first looked up as a file in the jar,
	 * which cost most of a directory page's time (docs/performance.md); {@code spring.web.resources.add-mappings}
	 * is off and these handlers replace it.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl cache = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
		for (String folder : new String[] { "css", "js", "images" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(cache);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(cache)
			.resourceChain(true);
	}
}
