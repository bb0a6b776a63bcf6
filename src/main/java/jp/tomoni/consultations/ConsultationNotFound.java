package jp.tomoni.consultations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such record in this municipality's log. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ConsultationNotFound extends RuntimeException {

	ConsultationNotFound(long id) {
		super("consultation " + id);
	}
}
