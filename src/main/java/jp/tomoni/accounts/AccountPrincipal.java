package jp.tomoni.accounts;

import java.util.Collection;
import java.util.List;

import jp.tomoni.shared.SignedInPerson;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security keeps them in the session. */
final class AccountPrincipal implements UserDetails, SignedInPerson, CredentialsContainer {

	private final long accountId;

	private final String email;

	private String passwordHash;

	private final String displayName;

	private final String municipalityCode;

	private final boolean enabled;

	private final List<GrantedAuthority> authorities;

	AccountPrincipal(Account account) {
		this.accountId = account.id();
		this.email = account.email();
		this.passwordHash = account.passwordHash();
		this.displayName = account.profile().displayName();
		this.municipalityCode = account.municipalityCode();
		this.enabled = account.isActive();
		this.authorities = account.roles()
			.stream()
			.sorted()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public String email() {
		return email;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public String municipalityCode() {
		return municipalityCode;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}
}
