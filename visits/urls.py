from django.urls import path

from visits import views

app_name = "visits"

urlpatterns = [
    path("bezoeken/", views.my_visits, name="mine"),
    path("bezoeken/nieuw/", views.plan_visit, name="plan"),
    path("klas/<str:code>/", views.visit_page, name="visit"),
    path("klas/<str:code>/qr.svg", views.qr_svg, name="qr_svg"),
    path("klas/<str:code>/qr.png", views.qr_png, name="qr_png"),
    path("klas/<str:code>/leerkracht/", views.teacher_sheet, name="teacher_sheet"),
    path("klas/<str:code>/vragen/", views.goal_check, name="goal_check"),
    path("klas/<str:code>/vragen/bedankt/", views.goal_check_thanks, name="goal_check_thanks"),
]
