"""The Qt desktop application: draws the core's services, holds no business logic."""
