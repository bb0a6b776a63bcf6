package jp.tomoni.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Paths give a coarse fence (public, signed-in, back office, administration); every controller declares its roles
 * with {@code @PreAuthorize}, and a test checks that none is missing, so nothing is reachable by default.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] STAFF = { "COORDINATOR", "CITY_STAFF", "REVIEWER", "ADMIN" };

	private static final IpAddressMatcher LOCAL_V4 = new IpAddressMatcher("127.0.0.0/8");

	private static final IpAddressMatcher LOCAL_V6 = new IpAddressMatcher("::1");

	/** Only with the web server: the command-line import starts the application without one. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationProvider authenticationProvider)
			throws Exception {
		http.authenticationProvider(authenticationProvider)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/", "/signup", "/signup/**", "/login", "/password-reset", "/password-reset/**",
						"/privacy", "/accessibility", "/css/**", "/js/**", "/images/**", "/webjars/**",
						"/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/actuator/info",
						"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/api/public/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.access((authentication, context) -> new org.springframework.security.authorization.AuthorizationDecision(
						LOCAL_V4.matches(context.getRequest()) || LOCAL_V6.matches(context.getRequest())
								|| authentication.get()
									.getAuthorities()
									.stream()
									.anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))))
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/backoffice/**")
				.hasAnyRole(STAFF)
				.requestMatchers("/account/**")
				.authenticated()
				// Everything else reaches Spring MVC, where every controller declares its roles with @PreAuthorize
				// (EndpointRoleDeclarationTests fails on any handler without one); unknown paths give a 404.
				.anyRequest()
				.permitAll())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/", false)
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			// RFC 8058 one-click unsubscription: a mail program posts to the address in the List-Unsubscribe header
			// and cannot send a CSRF token; the unguessable token in the address is the authority (decision 0042).
			.csrf(csrf -> csrf.ignoringRequestMatchers("/newsletter/unsubscribe"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
						+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		return http.build();
	}

	/** bcrypt today, with the algorithm named in each stored hash so it can change without a migration. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No Micrometer observation around each of the security chain's filters, each authentication and each
	 * authorization: they cost every request a timer per filter (decision 0062,
	 * docs/performance.md) and nobody reads them. Requests are still timed as a whole (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}
}
