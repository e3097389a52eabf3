"""The taproom's GraphQL API (graphql-core)."""
from graphql import (GraphQLField, GraphQLFloat, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema,
                     GraphQLString, graphql_sync)

BATCHES = [
    {"id": "B-0412", "recipe": "liffey-lager", "abv": 5.0, "style": "Helles"},
    {"id": "B-0413", "recipe": "quay-stout", "abv": 4.1, "style": None},
]

Batch = GraphQLObjectType("Batch", {
    "id": GraphQLField(GraphQLNonNull(GraphQLString)),
    "recipe": GraphQLField(GraphQLString),
    "abv": GraphQLField(GraphQLFloat),
    "style": GraphQLField(GraphQLNonNull(GraphQLString)),
})

schema = GraphQLSchema(GraphQLObjectType("Query", {
    "batches": GraphQLField(GraphQLList(Batch), resolve=lambda *_: BATCHES),
}))


def query(text):
    return graphql_sync(schema, text)
