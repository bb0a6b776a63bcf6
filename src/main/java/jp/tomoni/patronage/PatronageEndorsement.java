package jp.tomoni.patronage;

import java.util.List;
import java.util.Locale;

import jp.tomoni.events.EventEndorsement;
import jp.tomoni.municipality.Municipalities;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts 「相模原市 後援（市民局 市民協働推進課）」 on the public page of an event whose application was approved. */
@Component
class PatronageEndorsement implements EventEndorsement {

	private final Patronages patronages;

	private final Municipalities municipalities;

	private final MessageSource messages;

	PatronageEndorsement(Patronages patronages, Municipalities municipalities, MessageSource messages) {
		this.patronages = patronages;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@Override
	public List<String> endorsementsOf(long eventId, Locale locale) {
		String city = municipalities.current().name();
		return patronages.approvedFor(eventId)
			.stream()
			.map(a -> messages.getMessage("patronage.endorsement",
					new Object[] { city, messages.getMessage(a.kind().messageKey(), null, locale),
							a.department().name(locale) },
					locale))
			.toList();
	}
}
