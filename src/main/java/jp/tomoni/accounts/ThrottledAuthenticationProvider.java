package jp.tomoni.accounts;

import jp.tomoni.shared.JapaneseText;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with the failure rate limit in front of it. A blocked sign-in is refused before the password
 * is checked, so guessing gains nothing while blocked.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AccountUserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		this.delegate = new DaoAuthenticationProvider(userDetailsService);
		this.delegate.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = JapaneseText.normalize(String.valueOf(authentication.getPrincipal()));
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		if (throttle.isBlocked(email, address)) {
			throw new LockedException("too many failed sign-ins");
		}
		try {
			// Forms normalise every text field (NFKC) before it is stored, so the password typed here is too.
			Object credentials = authentication.getCredentials() instanceof String password
					? JapaneseText.normalize(password) : authentication.getCredentials();
			UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken.unauthenticated(email,
					credentials);
			normalised.setDetails(authentication.getDetails());
			return delegate.authenticate(normalised);
		}
		catch (BadCredentialsException ex) {
			throttle.failed(email, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
