"""The public API: a GraphQL schema (graphql-core) over the surveys, and JSON answers described by the OpenAPI
contract in contract/openapi.yaml."""

from pathlib import Path

import yaml
from graphql import (
    GraphQLArgument,
    GraphQLError,
    GraphQLField,
    GraphQLFloat,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
    graphql_sync,
)
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

CONTRACT = Path(__file__).resolve().parent.parent / "contract" / "openapi.yaml"

SURVEYS = {
    "s-1": {"surveyId": "s-1", "site": "spurn", "volumeM3": 120.5, "surveyedAt": "2026-11-30T10:00:00Z"},
    "s-2": {"surveyId": "s-2", "site": "cley", "volumeM3": 80.0, "surveyedAt": "2026-12-01T09:30:00Z"},
}

Survey = GraphQLObjectType(
    "Survey",
    {
        "surveyId": GraphQLField(GraphQLNonNull(GraphQLString)),
        "site": GraphQLField(GraphQLString),
        "volumeM3": GraphQLField(GraphQLFloat),
        "surveyedAt": GraphQLField(GraphQLString),
    },
)

schema = GraphQLSchema(
    GraphQLObjectType(
        "Query",
        {
            "survey": GraphQLField(
                Survey,
                args={"id": GraphQLArgument(GraphQLNonNull(GraphQLString))},
                resolve=lambda _, info, id: SURVEYS[id],
            ),
            "surveys": GraphQLField(GraphQLList(Survey), resolve=lambda _, info: list(SURVEYS.values())),
        },
    )
)


def query(text: str, variables: dict | None = None) -> dict:
    result = graphql_sync(schema, text, variable_values=variables)
    if result.errors:
        raise result.errors[0]
    return result.data


def survey_json(survey_id: str) -> dict:
    survey = SURVEYS[survey_id]
    return {"surveyId": survey["surveyId"], "site": survey["site"], "volumeM3": survey["volumeM3"]}


def contract() -> dict:
    return yaml.safe_load(CONTRACT.read_text())


def validate_contract() -> None:
    validate(contract())


def check_response(schema_name: str, body) -> None:
    spec = contract()
    OAS31Validator(spec["components"]["schemas"][schema_name]).validate(body)


def health() -> dict:
    return {"status": "ok"}
