from typing import Literal

ProjectListOrder = Literal["asc", "desc"]

PROJECT_LIST_ORDER_VALUES: set[ProjectListOrder] = {
    "asc",
    "desc",
}


def check_project_list_order(value: str) -> ProjectListOrder:
    if value in PROJECT_LIST_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_LIST_ORDER_VALUES!r}")
