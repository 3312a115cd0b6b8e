package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfService
)

func (s State) String() string {
	return [...]string{"Idle", "HasMoney", "Dispensing", "OutOfService"}[s]
}

type Product struct {
	Name  string
	Price int
	Stock int
}

type VendingMachine struct {
	state    State
	credit   int
	slots    map[string]*Product
	sales    map[string]int
	cashBox  int
	eventLog []string
}

var (
	ErrWrongState = errors.New("operation not allowed in current state")
	ErrSoldOut    = errors.New("sold out")
	ErrNoCredit   = errors.New("insufficient credit")
)

func NewVM(products map[string]Product) *VendingMachine {
	vm := &VendingMachine{slots: map[string]*Product{}, sales: map[string]int{}}
	for code, p := range products {
		vm.slots[code] = &p
	}
	return vm
}

func (vm *VendingMachine) log(format string, args ...any) {
	vm.eventLog = append(vm.eventLog, fmt.Sprintf("[%s] ", vm.state)+fmt.Sprintf(format, args...))
}

func (vm *VendingMachine) Insert(coins int) error {
	if vm.state == OutOfService || vm.state == Dispensing {
		return ErrWrongState
	}
	vm.credit += coins
	vm.state = HasMoney
	vm.log("insert %d -> credit %d", coins, vm.credit)
	return nil
}

func (vm *VendingMachine) Select(code string) (change int, err error) {
	defer func() {
		if err != nil {
			vm.log("select %s failed: %v", code, err)
		}
	}()
	if vm.state != HasMoney {
		return 0, ErrWrongState
	}
	p, ok := vm.slots[code]
	if !ok {
		return 0, fmt.Errorf("slot %q: %w", code, errors.ErrUnsupported)
	}
	if p.Stock == 0 {
		return 0, fmt.Errorf("%s: %w", p.Name, ErrSoldOut)
	}
	if vm.credit < p.Price {
		return 0, fmt.Errorf("%s costs %d, have %d: %w", p.Name, p.Price, vm.credit, ErrNoCredit)
	}
	vm.state = Dispensing
	p.Stock--
	vm.sales[p.Name]++
	vm.cashBox += p.Price
	change = vm.credit - p.Price
	vm.credit = 0
	vm.log("dispense %s change %d", p.Name, change)
	vm.state = Idle
	return change, nil
}

func main() {
	vm := NewVM(map[string]Product{
		"A1": {"Cola", 150, 2},
		"A2": {"Chips", 100, 1},
		"B1": {"Candy", 75, 0},
	})
	steps := []func() error{
		func() error { _, err := vm.Select("A1"); return err },
		func() error { return vm.Insert(100) },
		func() error { _, err := vm.Select("A1"); return err },
		func() error { return vm.Insert(100) },
		func() error { c, err := vm.Select("A1"); fmt.Println("  change:", c); return err },
		func() error { return vm.Insert(200) },
		func() error { _, err := vm.Select("B1"); return err },
		func() error { _, err := vm.Select("Z9"); return err },
		func() error { c, err := vm.Select("A2"); fmt.Println("  change:", c); return err },
	}
	for i, step := range steps {
		err := step()
		fmt.Printf("step %d: state=%-8v err=%v soldout=%t\n", i, vm.state, err, errors.Is(err, ErrSoldOut))
	}
	vm.state = OutOfService
	fmt.Println("insert when out:", vm.Insert(5))
	for _, line := range vm.eventLog {
		fmt.Println(line)
	}
	fmt.Println("sales:", vm.sales, "cash:", vm.cashBox)
	for _, code := range slices.Sorted(maps.Keys(vm.slots)) {
		fmt.Printf("%s %+v\n", code, *vm.slots[code])
	}
}
