"""Draws the program's icon: a yellow star on a red rounded square, with a white page corner
(the register). Writes chibo.png (256 px, the window icon) and chibo.ico (16–256 px, the Windows
executable). Run it again only to change the icon:

    python resources/icons/make_icons.py
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 1024  # drawn large, then scaled down smoothly
RED, YELLOW, WHITE = (200, 16, 46), (255, 222, 0), (255, 255, 255)
HERE = Path(__file__).parent


def _star(centre: tuple[float, float], outer: float) -> list[tuple[float, float]]:
    inner = outer * math.sin(math.radians(18)) / math.sin(math.radians(54))
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else inner
        angle = math.radians(-90 + 36 * k)
        points.append((centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)))
    return points


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((32, 32, SIZE - 32, SIZE - 32), radius=180, fill=RED)
    # The page of the register, its corner turned, behind the star's lower right
    pen.polygon([(600, 620), (880, 620), (880, 930), (600, 930)], fill=WHITE)
    pen.polygon([(800, 620), (880, 700), (800, 700)], fill=(225, 225, 225))
    for line in range(4):
        y = 740 + 45 * line
        pen.rectangle((640, y, 840, y + 14), fill=(200, 200, 200))
    pen.polygon(_star((440, 450), 330), fill=YELLOW)
    return image


if __name__ == "__main__":
    icon = draw()
    icon.resize((256, 256), Image.LANCZOS).save(HERE / "chibo.png")
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    icon.resize((256, 256), Image.LANCZOS).save(HERE / "chibo.ico", sizes=sizes)
