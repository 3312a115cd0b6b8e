package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

// Inventory service with a unit-of-work: changes are staged and committed
// atomically, or rolled back if any step fails.

var ErrInsufficient = errors.New("insufficient stock")

type StockRepo interface {
	Qty(sku string) int
	Set(sku string, qty int)
	Snapshot() map[string]int
}

type memRepo struct{ stock map[string]int }

func (m *memRepo) Qty(s string) int         { return m.stock[s] }
func (m *memRepo) Set(s string, q int)      { m.stock[s] = q }
func (m *memRepo) Snapshot() map[string]int { return maps.Clone(m.stock) }

type UnitOfWork struct {
	repo    StockRepo
	pending map[string]int
	ops     []string
}

func Begin(r StockRepo) *UnitOfWork {
	return &UnitOfWork{repo: r, pending: map[string]int{}}
}

func (u *UnitOfWork) qty(sku string) int {
	if q, ok := u.pending[sku]; ok {
		return q
	}
	return u.repo.Qty(sku)
}

func (u *UnitOfWork) Reserve(sku string, n int) error {
	have := u.qty(sku)
	if have < n {
		return fmt.Errorf("reserve %d×%s (have %d): %w", n, sku, have, ErrInsufficient)
	}
	u.pending[sku] = have - n
	u.ops = append(u.ops, fmt.Sprintf("-%d %s", n, sku))
	return nil
}

func (u *UnitOfWork) Restock(sku string, n int) {
	u.pending[sku] = u.qty(sku) + n
	u.ops = append(u.ops, fmt.Sprintf("+%d %s", n, sku))
}

func (u *UnitOfWork) Commit() []string {
	for _, sku := range slices.Sorted(maps.Keys(u.pending)) {
		u.repo.Set(sku, u.pending[sku])
	}
	return u.ops
}

type OrderLine struct {
	SKU string
	Qty int
}

type InventoryService struct{ repo StockRepo }

func (s InventoryService) PlaceOrder(id string, lines []OrderLine) error {
	uow := Begin(s.repo)
	for _, l := range lines {
		if err := uow.Reserve(l.SKU, l.Qty); err != nil {
			return fmt.Errorf("order %s rolled back: %w", id, err)
		}
	}
	fmt.Printf("  order %s committed: %v\n", id, uow.Commit())
	return nil
}

func (s InventoryService) Return(id string, lines []OrderLine) {
	uow := Begin(s.repo)
	for _, l := range lines {
		uow.Restock(l.SKU, l.Qty)
	}
	fmt.Printf("  return %s committed: %v\n", id, uow.Commit())
}

func printStock(r StockRepo) {
	snap := r.Snapshot()
	fmt.Print("  stock:")
	for _, k := range slices.Sorted(maps.Keys(snap)) {
		fmt.Printf(" %s=%d", k, snap[k])
	}
	fmt.Println()
}

func main() {
	repo := &memRepo{stock: map[string]int{"SKU-A": 10, "SKU-B": 3, "SKU-C": 0}}
	svc := InventoryService{repo}
	printStock(repo)

	orders := []struct {
		id    string
		lines []OrderLine
	}{
		{"o1", []OrderLine{{"SKU-A", 4}, {"SKU-B", 1}}},
		{"o2", []OrderLine{{"SKU-A", 2}, {"SKU-B", 2}, {"SKU-B", 1}}},
		{"o3", []OrderLine{{"SKU-A", 6}, {"SKU-C", 1}}},
		{"o4", []OrderLine{{"SKU-A", 6}}},
	}
	for _, o := range orders {
		if err := svc.PlaceOrder(o.id, o.lines); err != nil {
			fmt.Println("  error:", err)
			fmt.Println("  insufficient?", errors.Is(err, ErrInsufficient))
		}
		printStock(repo)
	}
	svc.Return("r1", []OrderLine{{"SKU-C", 5}, {"SKU-A", 1}})
	printStock(repo)
	if err := svc.PlaceOrder("o5", []OrderLine{{"SKU-C", 1}, {"SKU-A", 1}}); err != nil {
		fmt.Println("  error:", err)
	}
	printStock(repo)
}
