// Inventory and crafting: recipes with nested ingredients, stack limits and planning.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item string

type Stack struct {
	Item  Item
	Count int
}

func (s Stack) String() string { return fmt.Sprintf("%dx%s", s.Count, s.Item) }

type Recipe struct {
	Output Stack
	Inputs []Stack
	Tool   Item // must be held, not consumed
}

type MissingError struct{ Needs []Stack }

func (e *MissingError) Error() string {
	parts := make([]string, len(e.Needs))
	for i, s := range e.Needs {
		parts[i] = s.String()
	}
	return "missing " + strings.Join(parts, ", ")
}

var ErrNoRecipe = errors.New("no recipe")

type Inventory struct {
	items    map[Item]int
	capacity int
}

func NewInventory(capacity int, start ...Stack) *Inventory {
	inv := &Inventory{items: map[Item]int{}, capacity: capacity}
	for _, s := range start {
		inv.items[s.Item] += s.Count
	}
	return inv
}

func (inv *Inventory) Total() int {
	n := 0
	for _, c := range inv.items {
		n += c
	}
	return n
}

func (inv *Inventory) Has(i Item, n int) bool { return inv.items[i] >= n }

func (inv *Inventory) String() string {
	keys := make([]string, 0, len(inv.items))
	for k, v := range inv.items {
		if v > 0 {
			keys = append(keys, string(k))
		}
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s:%d", k, inv.items[Item(k)])
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type Crafter struct {
	recipes map[Item]Recipe
	inv     *Inventory
	log     []string
}

func (c *Crafter) Craft(target Item) error {
	r, ok := c.recipes[target]
	if !ok {
		return fmt.Errorf("craft %s: %w", target, ErrNoRecipe)
	}
	var missing []Stack
	if r.Tool != "" && !c.inv.Has(r.Tool, 1) {
		missing = append(missing, Stack{r.Tool, 1})
	}
	consumed := 0
	for _, in := range r.Inputs {
		if have := c.inv.items[in.Item]; have < in.Count {
			missing = append(missing, Stack{in.Item, in.Count - have})
		}
		consumed += in.Count
	}
	if len(missing) > 0 {
		return fmt.Errorf("craft %s: %w", target, &MissingError{missing})
	}
	if c.inv.Total()-consumed+r.Output.Count > c.inv.capacity {
		return fmt.Errorf("craft %s: inventory full", target)
	}
	for _, in := range r.Inputs {
		c.inv.items[in.Item] -= in.Count
	}
	c.inv.items[r.Output.Item] += r.Output.Count
	c.log = append(c.log, "crafted "+r.Output.String())
	return nil
}

// CraftDeep crafts missing intermediate ingredients recursively.
func (c *Crafter) CraftDeep(target Item, depth int) error {
	err := c.Craft(target)
	var me *MissingError
	if !errors.As(err, &me) || depth > 5 {
		return err
	}
	for _, need := range me.Needs {
		r, ok := c.recipes[need.Item]
		if !ok {
			return err
		}
		for made := 0; made < need.Count; made += r.Output.Count {
			if e := c.CraftDeep(need.Item, depth+1); e != nil {
				return fmt.Errorf("while making %s: %w", target, e)
			}
		}
	}
	return c.Craft(target)
}

func main() {
	recipes := map[Item]Recipe{
		"plank":   {Stack{"plank", 4}, []Stack{{"log", 1}}, ""},
		"stick":   {Stack{"stick", 4}, []Stack{{"plank", 2}}, ""},
		"table":   {Stack{"table", 1}, []Stack{{"plank", 4}}, ""},
		"pickaxe": {Stack{"pickaxe", 1}, []Stack{{"stick", 2}, {"stone", 3}}, "table"},
		"furnace": {Stack{"furnace", 1}, []Stack{{"stone", 8}}, "table"},
		"ingot":   {Stack{"ingot", 1}, []Stack{{"ore", 1}, {"coal", 1}}, "furnace"},
		"sword":   {Stack{"sword", 1}, []Stack{{"stick", 1}, {"ingot", 2}}, "table"},
	}
	c := &Crafter{recipes: recipes, inv: NewInventory(64, Stack{"log", 3}, Stack{"stone", 12}, Stack{"ore", 3}, Stack{"coal", 2})}
	fmt.Println("start:", c.inv)
	steps := []struct {
		item Item
		deep bool
	}{
		{"pickaxe", false}, {"plank", false}, {"table", false}, {"pickaxe", false},
		{"pickaxe", true}, {"sword", false}, {"sword", true}, {"ingot", false}, {"diamond", false},
	}
	for _, s := range steps {
		var err error
		if s.deep {
			err = c.CraftDeep(s.item, 0)
		} else {
			err = c.Craft(s.item)
		}
		var me *MissingError
		switch {
		case err == nil:
			fmt.Printf("%-8s deep=%-5v ok      %v\n", s.item, s.deep, c.inv)
		case errors.As(err, &me):
			fmt.Printf("%-8s deep=%-5v missing %v\n", s.item, s.deep, me.Needs)
		case errors.Is(err, ErrNoRecipe):
			fmt.Printf("%-8s deep=%-5v unknown recipe\n", s.item, s.deep)
		default:
			fmt.Printf("%-8s deep=%-5v error: %v\n", s.item, s.deep, err)
		}
	}
	fmt.Println("craft log:")
	for i, l := range c.log {
		fmt.Printf("  %2d %s\n", i+1, l)
	}
	small := &Crafter{recipes: recipes, inv: NewInventory(5, Stack{"log", 2})}
	fmt.Println("small bag:", small.Craft("plank"), small.inv, "|", small.Craft("plank"))
}
