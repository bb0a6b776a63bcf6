package jp.tomoni.areas;

import java.util.List;

import jp.tomoni.municipality.Municipalities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration areas: 相模原市's three wards and its 22 districts (the areas of its まちづくり会議), loaded into an
 * empty area table unless {@code tomoni.demo-data=false}.
 */
@Component
class DemoAreas {

	private record Ward(String code, String name, String kana, List<String[]> districts) {
	}

	private static final List<Ward> WARDS = List.of(
			new Ward("midori", "緑区", "ミドリク",
					List.of(new String[] { "hashimoto", "橋本", "ハシモト" }, new String[] { "osawa", "大沢", "オオサワ" },
							new String[] { "shiroyama", "城山", "シロヤマ" }, new String[] { "tsukui", "津久井", "ツクイ" },
							new String[] { "sagamiko", "相模湖", "サガミコ" }, new String[] { "fujino", "藤野", "フジノ" })),
			new Ward("chuo", "中央区", "チュウオウク",
					List.of(new String[] { "oyama", "小山", "オヤマ" }, new String[] { "seishin", "清新", "セイシン" },
							new String[] { "yokoyama", "横山", "ヨコヤマ" }, new String[] { "chuo-district", "中央", "チュウオウ" },
							new String[] { "hoshigaoka", "星が丘", "ホシガオカ" }, new String[] { "hikarigaoka", "光が丘", "ヒカリガオカ" },
							new String[] { "onokita", "大野北", "オオノキタ" }, new String[] { "tana", "田名", "タナ" },
							new String[] { "kamimizo", "上溝", "カミミゾ" })),
			new Ward("minami", "南区", "ミナミク",
					List.of(new String[] { "ononaka", "大野中", "オオノナカ" }, new String[] { "ononami", "大野南", "オオノミナミ" },
							new String[] { "asamizo", "麻溝", "アサミゾ" }, new String[] { "araiso", "新磯", "アライソ" },
							new String[] { "sagamidai", "相模台", "サガミダイ" }, new String[] { "sobudai", "相武台", "ソウブダイ" },
							new String[] { "torin", "東林", "トウリン" })));

	private final AreaRepository repository;

	private final Municipalities municipalities;

	private final boolean demoData;

	DemoAreas(AreaRepository repository, Municipalities municipalities, @Value("${tomoni.demo-data:true}") boolean demoData) {
		this.repository = repository;
		this.municipalities = municipalities;
		this.demoData = demoData;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	@Transactional
	public void load() {
		String code = municipalities.current().code();
		if (!demoData || repository.countByMunicipalityCode(code) > 0) {
			return;
		}
		int order = 0;
		for (Ward ward : WARDS) {
			repository.save(new Area(code, ward.code(), ward.name(), ward.kana(), "WARD", null, order++));
			for (String[] district : ward.districts()) {
				repository.save(new Area(code, district[0], district[1], district[2], "DISTRICT", ward.code(), order++));
			}
		}
	}
}
