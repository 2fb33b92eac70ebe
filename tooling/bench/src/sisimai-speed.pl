#!/usr/bin/perl
# Times Sisimai->make over the email files named on standard input (one path a line), inside
# Perl so that start-up and module loading are not counted, and prints one JSON object:
# { "version", "emails", "records", "seconds", "emailsPerSecond" }. The files are read into
# memory first and parsed from there, as the Node side parses from memory; the rate is the
# median of several rounds after a warm-up round.
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);

my @paths = grep { length } map { chomp; $_ } <STDIN>;
my @emails;
for my $path (@paths) {
    open my $handle, '<:raw', $path or die "cannot read $path: $!\n";
    local $/;
    push @emails, scalar <$handle>;
    close $handle;
}
die "no email files given on standard input\n" unless @emails;

sub pass {
    my $records = 0;
    for my $email (@emails) {
        my $copy = $email;    # Sisimai may alter the text it is given
        my $list = Sisimai->make(\$copy, 'delivered' => 1);
        $records += scalar @$list if $list;
    }
    return $records;
}

my $rounds = $ENV{SISIMAI_ROUNDS} || 5;
my $records = pass();    # warm-up: loads every lazily required module
my @seconds;
for (1 .. $rounds) {
    my $start = time;
    pass();
    push @seconds, time - $start;
}
@seconds = sort { $a <=> $b } @seconds;
my $median = $seconds[ int(@seconds / 2) ];
printf "{\"version\":\"%s\",\"emails\":%d,\"records\":%d,\"seconds\":%.6f,\"emailsPerSecond\":%.2f}\n",
    $Sisimai::VERSION, scalar @emails, $records, $median, scalar(@emails) / $median;
