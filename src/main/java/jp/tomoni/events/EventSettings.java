package jp.tomoni.events;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a group's event waits for a coordinator's check before it is public: the municipality's row in
 * {@code event_setting}, else the property {@code tomoni.events.group-events-need-review} (default true).
 */
@Service
public class EventSettings {

	private final EventSettingRepository settings;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final boolean defaultNeedsReview;

	EventSettings(EventSettingRepository settings, Municipalities municipalities, AuditLog auditLog,
			@Value("${tomoni.events.group-events-need-review:true}") boolean defaultNeedsReview) {
		this.settings = settings;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.defaultNeedsReview = defaultNeedsReview;
	}

	@Transactional(readOnly = true)
	public boolean groupEventsNeedReview() {
		return settings.findById(municipalities.current().code())
			.map(EventSetting::groupEventsNeedReview)
			.orElse(defaultNeedsReview);
	}

	/** Staff change the setting for their municipality (audited). */
	@Transactional
	public void changeGroupEventsNeedReview(boolean value) {
		String code = municipalities.current().code();
		settings.findById(code)
			.ifPresentOrElse(setting -> setting.groupEventsNeedReview(value),
					() -> settings.save(new EventSetting(code, value)));
		auditLog.record(new AuditRecord("event.setting-changed", "event-setting", code));
	}
}
