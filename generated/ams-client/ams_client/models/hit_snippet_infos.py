from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duration import Duration
    from ..models.position import Position


T = TypeVar("T", bound="HitSnippetInfos")


@_attrs_define
class HitSnippetInfos:
    """A machine-moderation hit (机审命中信息); from tccli's api.json.

    Attributes:
        target (str | Unset): The content hit (命中内容). Example: targetA.
        snippet (str | Unset): The text block hit (文本命中的文本块). Example: SnippetA.
        scene (str | Unset): The scene hit (命中场景). Example: SceneA.
        atomic_category (str | Unset): The type hit (命中类型). Example: CategoryA.
        atomic_name (str | Unset): Name of the type library or model hit (命中类型库/模型名称). Example: NameA.
        atomic_id (str | Unset): The atomic capability hit (命中原子能力). Example: IDA.
        unit_id (str | Unset): The unit hit (命中单位). Example: IDB.
        unit_name (str | Unset): Name of the unit hit (命中单位名称). Example: NameB.
        particle_id (str | Unset): ID of the particle hit (命中颗粒ID). Example: particleId.
        positions (list[Position] | Unset): Start positions of the hit text in the original (命中文本在原文起始位置).
        duration (Duration | Unset): Where in the audio a hit is (命中音频时间位置), in seconds.
        score (int | Unset): Score (分数). Example: 0.
    """

    target: str | Unset = UNSET
    snippet: str | Unset = UNSET
    scene: str | Unset = UNSET
    atomic_category: str | Unset = UNSET
    atomic_name: str | Unset = UNSET
    atomic_id: str | Unset = UNSET
    unit_id: str | Unset = UNSET
    unit_name: str | Unset = UNSET
    particle_id: str | Unset = UNSET
    positions: list[Position] | Unset = UNSET
    duration: Duration | Unset = UNSET
    score: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        snippet = self.snippet

        scene = self.scene

        atomic_category = self.atomic_category

        atomic_name = self.atomic_name

        atomic_id = self.atomic_id

        unit_id = self.unit_id

        unit_name = self.unit_name

        particle_id = self.particle_id

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.to_dict()

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["Target"] = target
        if snippet is not UNSET:
            field_dict["Snippet"] = snippet
        if scene is not UNSET:
            field_dict["Scene"] = scene
        if atomic_category is not UNSET:
            field_dict["AtomicCategory"] = atomic_category
        if atomic_name is not UNSET:
            field_dict["AtomicName"] = atomic_name
        if atomic_id is not UNSET:
            field_dict["AtomicId"] = atomic_id
        if unit_id is not UNSET:
            field_dict["UnitId"] = unit_id
        if unit_name is not UNSET:
            field_dict["UnitName"] = unit_name
        if particle_id is not UNSET:
            field_dict["ParticleId"] = particle_id
        if positions is not UNSET:
            field_dict["Positions"] = positions
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if score is not UNSET:
            field_dict["Score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.duration import Duration  # noqa: PLC0415
        from ..models.position import Position  # noqa: PLC0415

        d = dict(src_dict)
        target = d.pop("Target", UNSET)

        snippet = d.pop("Snippet", UNSET)

        scene = d.pop("Scene", UNSET)

        atomic_category = d.pop("AtomicCategory", UNSET)

        atomic_name = d.pop("AtomicName", UNSET)

        atomic_id = d.pop("AtomicId", UNSET)

        unit_id = d.pop("UnitId", UNSET)

        unit_name = d.pop("UnitName", UNSET)

        particle_id = d.pop("ParticleId", UNSET)

        _positions = d.pop("Positions", UNSET)
        positions: list[Position] | Unset = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:
                positions_item = Position.from_dict(positions_item_data)

                positions.append(positions_item)

        _duration = d.pop("Duration", UNSET)
        duration: Duration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Duration.from_dict(_duration)

        score = d.pop("Score", UNSET)

        hit_snippet_infos = cls(
            target=target,
            snippet=snippet,
            scene=scene,
            atomic_category=atomic_category,
            atomic_name=atomic_name,
            atomic_id=atomic_id,
            unit_id=unit_id,
            unit_name=unit_name,
            particle_id=particle_id,
            positions=positions,
            duration=duration,
            score=score,
        )

        hit_snippet_infos.additional_properties = d
        return hit_snippet_infos

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
