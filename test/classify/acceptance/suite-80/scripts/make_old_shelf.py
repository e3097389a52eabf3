"""Writes the stack shelf as the previous release left it on the runner (argv[1]): stacks pickled as
cordwood.models.SeasoningStack, the class's name before it became Stack."""
import shelve
import sys
import types

package = types.ModuleType("cordwood")
package.__path__ = []
models = types.ModuleType("cordwood.models")
package.models = models


class SeasoningStack:
    def __init__(self, name, species, cords):
        self.name, self.species, self.cords, self.readings = name, species, cords, []


SeasoningStack.__module__ = "cordwood.models"
models.SeasoningStack = SeasoningStack
sys.modules["cordwood"] = package
sys.modules["cordwood.models"] = models
with shelve.open(sys.argv[1], flag="n") as shelf:
    shelf["north-1"] = SeasoningStack("north-1", "oak", 4.0)
    shelf["north-2"] = SeasoningStack("north-2", "ash", 3.5)
