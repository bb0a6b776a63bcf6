package jp.tomoni.places;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jp.tomoni.municipality.Municipalities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration places in 相模原市 (a support centre, a 地域交流センター, a library), loaded into an empty register
 * unless {@code tomoni.demo-data=false} (decision 0011). Invented names and approximate coordinates.
 */
@Component
class DemoPlaces {

	private static final List<PlaceCommand> PLACES = List.of(
			new PlaceCommand("さがみ市民活動サポートセンター", "サガミシミンカツドウサポートセンター", "ソレイユ", "support-centre", "神奈川県",
					"相模原市", "神奈川県相模原市中央区中央3-12-3", "252-0236", "市民会館2階", new BigDecimal("35.5712"),
					new BigDecimal("139.3733"), "chuo-district", "042-000-0001", null, null, null, "火水木金土日", "9:00", "21:30",
					"月曜日(祝日の場合は翌平日)と年末年始は休館です。", "市民活動団体の相談、会議室と印刷機の提供、講座と交流会を行う拠点です。", "点字ブロック;補助犬可",
					true, true, true, true, "市民会館の駐車場(有料)を使えます。", "JR相模原駅からバス「市役所前」下車、徒歩3分", "さがみ市民活動ネットワーク",
					null, null),
			new PlaceCommand("橋本地域交流センター", "ハシモトチイキコウリュウセンター", null, "community-exchange", "神奈川県", "相模原市",
					"神奈川県相模原市緑区橋本6-2-1", "252-0143", null, new BigDecimal("35.5950"), new BigDecimal("139.3450"),
					"hashimoto", "042-000-0002", null, null, null, "月火水木金土日", "9:00", "22:00", "第2月曜日は点検のため休館です。",
					"地域の集会、サークル活動、交流会に使える部屋があります。", null, true, true, false, false, null,
					"JR・京王線橋本駅から徒歩5分", null, null, null),
			new PlaceCommand("相模大野図書館", "サガミオオノトショカン", null, "library", "神奈川県", "相模原市",
					"神奈川県相模原市南区相模大野4-4-1", "252-0303", null, new BigDecimal("35.5320"), new BigDecimal("139.4380"),
					"ononaka", "042-000-0003", null, null, null, "火水木金土日", "9:30", "19:00", "月曜日と毎月末日は休館です。",
					"一般書、児童書、地域資料。読み聞かせ会を毎週土曜日に行います。", null, true, true, true, false, null,
					"小田急線相模大野駅から徒歩3分", null, null, null));

	private final PlaceRepository places;

	private final Municipalities municipalities;

	private final Clock clock;

	private final boolean demoData;

	DemoPlaces(PlaceRepository places, Municipalities municipalities, Clock clock,
			@Value("${tomoni.demo-data:true}") boolean demoData) {
		this.places = places;
		this.municipalities = municipalities;
		this.clock = clock;
		this.demoData = demoData;
	}

	/** After the demonstration areas. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(6)
	@Transactional
	public void load() {
		String code = municipalities.current().code();
		if (!demoData || places.existsByMunicipalityCode(code)) {
			return;
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		for (PlaceCommand command : PLACES) {
			Place place = places.saveAndFlush(Place.register(code, command, Place.HAND, null, null, null, now));
			place.keyedById();
		}
	}
}
