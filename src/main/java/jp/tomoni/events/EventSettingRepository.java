package jp.tomoni.events;

import org.springframework.data.repository.ListCrudRepository;

interface EventSettingRepository extends ListCrudRepository<EventSetting, String> {
}
