pytest_plugins = ["thankyou.testing"]
