"""Kiln firing logs: one CSV of temperatures per firing."""
import os


def write_log(folder, firing_id, readings):
    path = os.path.join(folder, f"firing-{firing_id}.csv")
    with open(path, "w") as out:
        for minute, temperature in readings:
            out.write(f"{minute},{temperature:.1f}\n")
    return path


def peak_temperatures(folder):
    # every log open at once, so that a firing still being written is read to its end
    handles = {name: open(os.path.join(folder, name)) for name in sorted(os.listdir(folder))}
    peaks = {name: max(float(line.split(",")[1]) for line in handle) for name, handle in handles.items()}
    for handle in handles.values():
        handle.close()
    return peaks
