package jp.tomoni.talent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's talent-bank entry and the introductions recorded for it, in their personal-data export; deleted with
 * the account (the introductions with it: they name the person).
 */
@Component
class TalentPersonalData implements PersonalDataContributor {

	private final TalentEntryRepository entries;

	private final TalentBank bank;

	TalentPersonalData(TalentEntryRepository entries, TalentBank bank) {
		this.entries = entries;
		this.bank = bank;
	}

	@Override
	public String section() {
		return "talent";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> list = entries.findByAccountId(person.accountId()).stream().map(entry -> {
			TalentCommand values = entry.toCommand();
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("displayName", values.displayName());
			data.put("skills", values.skillCodes().stream().sorted().toList());
			data.put("skillsText", values.skillsText());
			data.put("qualifications", values.qualifications());
			data.put("fields", values.fieldCodes().stream().sorted().toList());
			data.put("areas", values.areaCodes().stream().sorted().toList());
			data.put("modes", values.modes().stream().map(Enum::name).sorted().toList());
			data.put("days", values.days().stream().sorted().map(Enum::name).toList());
			data.put("availabilityNote", values.availabilityNote());
			data.put("fee", values.fee().name());
			data.put("introduction", values.introduction());
			data.put("visibility", values.visibility().name());
			data.put("consentedAt", entry.consentedAt().toString());
			data.put("withdrawnAt", entry.withdrawnAt() == null ? null : entry.withdrawnAt().toString());
			data.put("introductions", bank.introductionsOf(entry.id()).stream().map(i -> {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("kind", i.kind().name());
				line.put("recipient", i.recipient());
				line.put("purpose", i.purpose());
				line.put("date", i.introducedOn().toString());
				line.put("outcome", i.outcome().name());
				return line;
			}).toList());
			return data;
		}).toList();
		return Map.of("entries", list);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		entries.deleteAll(entries.findByAccountId(person.accountId()));
	}
}
