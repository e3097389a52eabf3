"""Which hop lots and malt lots went into which batch, in Neo4j."""
from neo4j import GraphDatabase

from mashtun import settings


def driver(url=None):
    return GraphDatabase.driver(url or settings.LINEAGE_URL, auth=("neo4j", "cellar"), connection_timeout=2)


def lots_in_batch(batch_id, url=None):
    with driver(url) as drv:
        records, _, _ = drv.execute_query(
            "MATCH (l:Lot)-[:USED_IN]->(b:Batch {id: $id}) RETURN l.id AS lot", id=batch_id)
        return [record["lot"] for record in records]


def replica_lots(batch_id):
    return lots_in_batch(batch_id, url=settings.LINEAGE_REPLICA_URL)
