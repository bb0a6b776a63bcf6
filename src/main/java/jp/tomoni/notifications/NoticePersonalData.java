package jp.tomoni.notifications;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.tomoni.shared.NoticeTopic;
import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's notices and mail choices in their personal-data export; deleted with the account. */
@Component
class NoticePersonalData implements PersonalDataContributor {

	private final Notices notices;

	NoticePersonalData(Notices notices) {
		this.notices = notices;
	}

	@Override
	public String section() {
		return "notices";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("mailedTopics", notices.mailed(person.accountId()).stream().map(NoticeTopic::name).toList());
		data.put("notices", notices.all(person.accountId()).stream().map(notice -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("topic", notice.topic().name());
			entry.put("subject", notice.subject());
			entry.put("body", notice.body());
			entry.put("link", notice.link());
			entry.put("createdAt", notice.createdAt().toString());
			entry.put("read", !notice.unread());
			entry.put("mailed", notice.mailed());
			return entry;
		}).toList());
		return data;
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		notices.erase(person.accountId());
	}
}
