from typing import Literal

ProjectOrderBy = Literal["created_at.asc", "created_at.desc", "name.asc", "name.desc"]

PROJECT_ORDER_BY_VALUES: set[ProjectOrderBy] = {
    "created_at.asc",
    "created_at.desc",
    "name.asc",
    "name.desc",
}


def check_project_order_by(value: str) -> ProjectOrderBy:
    if value in PROJECT_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_ORDER_BY_VALUES!r}")
