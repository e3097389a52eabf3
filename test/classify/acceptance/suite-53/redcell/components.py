"""Blood components: shelf life and storage."""
SHELF_LIFE_DAYS = {"red cells": 35, "platelets": 7, "plasma": 365, "cryoprecipitate": 365, "whole blood": 35}
STORAGE_C = {"red cells": (2, 6), "platelets": (20, 24), "plasma": (-40, -25), "cryoprecipitate": (-40, -25),
             "whole blood": (2, 6)}


def expires_after(component, collected_day):
    return collected_day + SHELF_LIFE_DAYS[component]


def storage_ok(component, celsius):
    low, high = STORAGE_C[component]
    return low <= celsius <= high
