"""The customer app's API: Django with Django REST framework."""
import django
from django.conf import settings as django_settings

if not django_settings.configured:
    django_settings.configure(
        DEBUG=False,
        SECRET_KEY="rinseway-tests",
        ROOT_URLCONF="rinseway.web",
        ALLOWED_HOSTS=["testserver"],
        INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "rest_framework"],
        DATABASES={},
        DEBUG_PROPAGATE_EXCEPTIONS=True,
        REST_FRAMEWORK={"UNAUTHENTICATED_USER": None, "DEFAULT_AUTHENTICATION_CLASSES": [],
                        "DEFAULT_PERMISSION_CLASSES": []},
    )
    django.setup()

from django.urls import path  # noqa: E402
from rest_framework import serializers, status  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.views import APIView  # noqa: E402

SHOPS = {"LDN-01": {"machines": 14, "open": "07:00"}, "LDN-02": {"machines": 9, "open": "08:00"}}
BOOKINGS = {}


class BookingSerializer(serializers.Serializer):
    shop = serializers.CharField(max_length=6)
    machine = serializers.IntegerField(min_value=1)
    program = serializers.ChoiceField(choices=["cotton", "synthetic", "wool"])


class ShopView(APIView):
    def get(self, request, code):
        shop = SHOPS[code]
        return Response({"code": code, "machines": shop["machines"], "closes": shop["close"]})


class BookingView(APIView):
    def post(self, request):
        serializer = BookingSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        booking = dict(serializer.validated_data)
        BOOKINGS[len(BOOKINGS) + 1] = booking
        return Response(booking, status=status.HTTP_200_OK)


class RefundView(APIView):
    def post(self, request):
        amount = request.data["amount"]
        return Response({"refunded": amount * 100})


urlpatterns = [
    path("shops/<str:code>/", ShopView.as_view()),
    path("bookings/", BookingView.as_view()),
    path("refund/", RefundView.as_view()),
]
