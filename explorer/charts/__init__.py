"""Chart specs computed from domain and state; shared by screen and exports. No Qt."""
