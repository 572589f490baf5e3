from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.position import Position


T = TypeVar("T", bound="HitInfo")


@_attrs_define
class HitInfo:
    """Where a keyword was hit (关键词命中位置信息).

    Attributes:
        type_ (str | Unset): Whether the hit is a model hit or a keyword hit (标识模型命中还是关键词命中). Example: Model.
        keyword (str | Unset): The keyword hit. Example: hello.
        lib_name (str | Unset): Name of the custom keyword library. Example: 测试词库1.
        positions (list[Position] | Unset): Positions of the hit.
    """

    type_: str | Unset = UNSET
    keyword: str | Unset = UNSET
    lib_name: str | Unset = UNSET
    positions: list[Position] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        keyword = self.keyword

        lib_name = self.lib_name

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if keyword is not UNSET:
            field_dict["Keyword"] = keyword
        if lib_name is not UNSET:
            field_dict["LibName"] = lib_name
        if positions is not UNSET:
            field_dict["Positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.position import Position  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("Type", UNSET)

        keyword = d.pop("Keyword", UNSET)

        lib_name = d.pop("LibName", UNSET)

        _positions = d.pop("Positions", UNSET)
        positions: list[Position] | Unset = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:
                positions_item = Position.from_dict(positions_item_data)

                positions.append(positions_item)

        hit_info = cls(
            type_=type_,
            keyword=keyword,
            lib_name=lib_name,
            positions=positions,
        )

        hit_info.additional_properties = d
        return hit_info

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
