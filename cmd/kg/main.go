// Command kg builds a knowledge graph of people, positions, organizations
// and events from Vietnamese news articles, and answers questions about
// it. Run "kg --help" for the commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"kg/cmd/kg/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, cli.StdIO(), os.Args[1:])
	stop()
	os.Exit(code)
}
