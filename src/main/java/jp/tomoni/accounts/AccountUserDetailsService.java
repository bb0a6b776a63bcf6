package jp.tomoni.accounts;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.JapaneseText;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Municipalities municipalities;

	AccountUserDetailsService(AccountRepository accounts, Municipalities municipalities) {
		this.accounts = accounts;
		this.municipalities = municipalities;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String email = JapaneseText.normalize(username);
		return accounts.findByMunicipalityCodeAndEmailIgnoreCase(municipalities.current().code(), email)
			.map(AccountPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}
}
