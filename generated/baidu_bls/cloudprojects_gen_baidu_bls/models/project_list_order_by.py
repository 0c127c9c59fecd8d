from typing import Literal

ProjectListOrderBy = Literal["createdAt", "name", "updatedAt"]

PROJECT_LIST_ORDER_BY_VALUES: set[ProjectListOrderBy] = {
    "createdAt",
    "name",
    "updatedAt",
}


def check_project_list_order_by(value: str) -> ProjectListOrderBy:
    if value in PROJECT_LIST_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_LIST_ORDER_BY_VALUES!r}")
