# Build agents and their labels, checked in.
pool "linux" {
  size   = 4
  labels = ["linux", "x86_64", "docker"]
}
pool "arm" {
  size   = 2
  labels = ["linux", "arm64" "docker"]
}
