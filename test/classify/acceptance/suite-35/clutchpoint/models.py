"""Payloads of the learner app, validated with pydantic."""
from datetime import datetime
from typing import Optional

from pydantic import BaseModel, conint


class LessonRequest(BaseModel):
    learner_id: int
    instructor: str
    starts_at: datetime
    hours: conint(ge=1, le=2)
    pickup_postcode: str


class ExamSlot(BaseModel):
    centre: str
    starts_at: datetime
    examiner: Optional[str]
    slot_id: int
