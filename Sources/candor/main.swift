import Terminal
print("candor 0.1.0", libeditProbe())
