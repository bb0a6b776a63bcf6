package jp.tomoni.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account with this id in the current municipality: a 404, never a 500. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountNotFound extends RuntimeException {

	public AccountNotFound(long id) {
		super("account " + id);
	}
}
