from typing import Literal

ProjectCreateRequestDataRedundancyType = Literal["LRS", "ZRS"]

PROJECT_CREATE_REQUEST_DATA_REDUNDANCY_TYPE_VALUES: set[ProjectCreateRequestDataRedundancyType] = {
    "LRS",
    "ZRS",
}


def check_project_create_request_data_redundancy_type(value: str) -> ProjectCreateRequestDataRedundancyType:
    if value in PROJECT_CREATE_REQUEST_DATA_REDUNDANCY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_CREATE_REQUEST_DATA_REDUNDANCY_TYPE_VALUES!r}"
    )
