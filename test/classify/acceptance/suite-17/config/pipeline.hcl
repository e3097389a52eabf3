# The farm's default pipeline, checked in.
pipeline "default" {
  timezone = "Europe/Amsterdan"
  nightly  = "02:30 Europe/Amsterdan"

  job "lint" {
    image = "python:3.11"
  }
  job "test" {
    image = "python:3.11"
    needs = ["lint"]
  }
  job "package" {
    needs = ["test"]
    image = "python:3.11",
  }
}
